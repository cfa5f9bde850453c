// iacreview: ignore-file[IAC501, IAC801] an example of rds-storage-not-encrypted alone; the other rules' examples show their settings
import * as ec2 from "aws-cdk-lib/aws-ec2";
import * as rds from "aws-cdk-lib/aws-rds";

declare const vpc: ec2.IVpc;
new rds.DatabaseInstance(this, "Database", {
  engine: rds.DatabaseInstanceEngine.postgres({ version: rds.PostgresEngineVersion.VER_16 }),
  vpc,
  storageEncrypted: true,
});

// a cluster construct encrypts by default
new rds.DatabaseCluster(this, "Cluster", {
  engine: rds.DatabaseClusterEngine.auroraPostgres({ version: rds.AuroraPostgresEngineVersion.VER_16_4 }),
  writer: rds.ClusterInstance.serverlessV2("Writer"),
  vpc,
});
