import * as s3 from "aws-cdk-lib/aws-s3";

export const site = new s3.Bucket(this, "Site", {
  // expect: IAC802
  blockPublicAccess: s3.BlockPublicAccess.BLOCK_ACLS,
});
