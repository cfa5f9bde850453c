import * as s3 from "aws-cdk-lib/aws-s3";

export const site = new s3.Bucket(this, "Site", { blockPublicAccess: s3.BlockPublicAccess.BLOCK_ALL });
