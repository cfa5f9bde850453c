import * as s3 from "aws-cdk-lib/aws-s3";

export const data = new s3.Bucket(this, "Data", { versioned: true });
