# iacreview: ignore-file[IAC501, IAC801] an example of ebs-volume-not-encrypted alone; the other rules' examples show their settings
from aws_cdk import Stack
from aws_cdk import aws_ec2 as ec2
from constructs import Construct


class WebStack(Stack):
    def __init__(self, scope: Construct, construct_id: str, vpc: ec2.IVpc) -> None:
        super().__init__(scope, construct_id)
        ec2.Instance(
            self,
            "Web",
            vpc=vpc,
            instance_type=ec2.InstanceType("t3.micro"),
            machine_image=ec2.MachineImage.latest_amazon_linux2023(),
            require_imdsv2=True,
            block_devices=[
                ec2.BlockDevice(
                    device_name="/dev/xvda",
                    # expect: IAC107
                    volume=ec2.BlockDeviceVolume.ebs(30, encrypted=True),
                )
            ],
        )
