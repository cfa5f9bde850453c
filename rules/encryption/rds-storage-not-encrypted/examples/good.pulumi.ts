// iacreview: ignore-file[IAC501, IAC801] an example of rds-storage-not-encrypted alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const db = new aws.rds.Instance("db", {
    engine: "postgres",
    instanceClass: "db.t3.micro",
    allocatedStorage: 20,
    username: "app",
    manageMasterUserPassword: true,
    storageEncrypted: true,
});

// a read replica is encrypted as its source is
const replica = new aws.rds.Instance("replica", {
    instanceClass: "db.t3.micro",
    replicateSourceDb: db.identifier,
});

export const dbEndpoint = db.endpoint;
export const replicaEndpoint = replica.endpoint;
