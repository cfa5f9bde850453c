import * as s3 from "aws-cdk-lib/aws-s3";

// expect: IAC000
const bucket = new s3.Bucket(this, "Data", { versioned: true ;
