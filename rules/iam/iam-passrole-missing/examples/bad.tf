# iacreview: ignore-file[IAC501, IAC801] an example of iam-passrole-missing alone; the other rules' examples show their settings
resource "aws_iam_role" "task" {
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { Service = "ecs-tasks.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_ecs_task_definition" "report" {
  family                = "report"
  task_role_arn         = aws_iam_role.task.arn
  container_definitions = jsonencode([{ name = "report", image = "report:latest" }])
}

resource "aws_iam_role" "scheduler" {
  assume_role_policy = jsonencode({
    Statement = [{ Effect = "Allow", Principal = { Service = "events.amazonaws.com" }, Action = "sts:AssumeRole" }]
  })
}

resource "aws_iam_role_policy" "scheduler" {
  role = aws_iam_role.scheduler.id
  policy = jsonencode({
    # expect: IAC407
    Statement = [{ Effect = "Allow", Action = "ecs:RunTask", Resource = aws_ecs_task_definition.report.arn }]
  })
}

resource "aws_cloudwatch_event_rule" "nightly" {
  schedule_expression = "cron(0 2 * * ? *)"
}

resource "aws_cloudwatch_event_target" "report" {
  rule     = aws_cloudwatch_event_rule.nightly.name
  arn      = "arn:aws:ecs:us-east-1:123456789012:cluster/reports"
  role_arn = aws_iam_role.scheduler.arn

  ecs_target {
    task_definition_arn = aws_ecs_task_definition.report.arn
  }
}
