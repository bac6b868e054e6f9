# Values for this workspace; Terraform reads terraform.tfvars by itself, and so does the extension.
audit_queue_arn = "arn:aws:sqs:us-east-1:123456789012:audit"
