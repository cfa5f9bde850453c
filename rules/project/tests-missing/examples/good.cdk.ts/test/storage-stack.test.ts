import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { StorageStack } from '../lib/storage-stack';

test('the stack creates its bucket', () => {
  const template = Template.fromStack(new StorageStack(new App(), 'Test'));
  template.resourceCountIs('AWS::S3::Bucket', 1);
});
