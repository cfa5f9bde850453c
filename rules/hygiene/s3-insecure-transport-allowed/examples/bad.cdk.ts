import * as s3 from "aws-cdk-lib/aws-s3";

// expect: IAC804
export const data = new s3.Bucket(this, "Data", { enforceSSL: false });
