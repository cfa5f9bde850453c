import { App } from 'aws-cdk-lib';
import { StorageStack } from '../lib/storage-stack';

const app = new App();
new StorageStack(app, 'Storage');
