// iacreview: ignore-file[IAC404, IAC501, IAC801] an example of iam-passrole-missing alone; the other rules' examples show their settings
import * as aws from "@pulumi/aws";

const processor = new aws.iam.Role("processor", {
  assumeRolePolicy: JSON.stringify({
    Statement: [{ Effect: "Allow", Principal: { Service: "lambda.amazonaws.com" }, Action: "sts:AssumeRole" }],
  }),
});

new aws.iam.RolePolicy("processor-mediaconvert", {
  role: processor.id,
  policy: JSON.stringify({
    Statement: [
      { Effect: "Allow", Action: ["mediaconvert:CreateJob"], Resource: "*" },
      {
        Effect: "Allow",
        Action: "iam:PassRole",
        Resource: "arn:aws:iam::123456789012:role/mediaconvert",
        Condition: { StringEquals: { "iam:PassedToService": "mediaconvert.amazonaws.com" } },
      },
    ],
  }),
});
