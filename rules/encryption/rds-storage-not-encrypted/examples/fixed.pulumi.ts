// iacreview: ignore-file[IAC501, IAC801] an example of rds-storage-not-encrypted alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

// expect: IAC106
const db = new aws.rds.Instance("db", {
    engine: "postgres",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    username: "app",
    manageMasterUserPassword: true,
    storageEncrypted: true,
});

export const dbEndpoint = db.endpoint;
