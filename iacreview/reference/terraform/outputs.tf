output "bucket_name" { value = aws_s3_bucket.app_data.bucket }
output "kms_key_arn" { value = aws_kms_key.data.arn }
output "role_arn" { value = aws_iam_role.app.arn }
output "alarm_name" { value = aws_cloudwatch_metric_alarm.errors.alarm_name }
