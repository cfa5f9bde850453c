import 'cdktf/lib/testing/adapters/jest';
import { Testing } from 'cdktf';
import { S3Bucket } from '@cdktf/provider-aws/lib/s3-bucket';
import { StorageStack } from '../main';

describe('storage', () => {
  it('creates its bucket', () => {
    const synthesized = Testing.synthScope((scope) => new StorageStack(scope, 'test'));
    expect(synthesized).toHaveResource(S3Bucket);
  });
});
