variable "audit_queue_arn" {
  description = "ARN of the audit queue, owned by another team."
  type        = string
}
