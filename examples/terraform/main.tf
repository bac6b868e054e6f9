# An order-processing module: SQS, Kinesis and DynamoDB feed three Lambda functions.
# It contains the mistakes Lambda ESM Lens is built to catch before `terraform apply`;
# run `npx lambda-esm check examples` to see them.

resource "aws_lambda_event_source_mapping" "orders" {
  event_source_arn = aws_sqs_queue.orders.arn
  function_name    = aws_lambda_function.orders.arn
  batch_size       = 50

  scaling_config {
    maximum_concurrency = 20
  }
}

resource "aws_lambda_event_source_mapping" "payments" {
  event_source_arn  = aws_sqs_queue.payments.arn
  function_name     = aws_lambda_function.orders.arn
  batch_size        = 10
  starting_position = "LATEST"
  kms_key_arn       = aws_kms_key.filters.arn
}

resource "aws_lambda_event_source_mapping" "clicks" {
  event_source_arn       = aws_kinesis_stream.clicks.arn
  function_name          = aws_lambda_function.analytics.arn
  parallelization_factor = 12
  maximum_retry_attempts = 3

  destination_config {
    on_failure {
      destination_arn = aws_sqs_queue.dead_letters.arn
    }
  }
}

resource "aws_lambda_event_source_mapping" "inventory" {
  event_source_arn  = aws_dynamodb_table.inventory.arn
  function_name     = aws_lambda_function.analytics.arn
  starting_position = "latest"

  filter_criteria {
    filter {
      pattern = jsonencode({
        eventName = ["INSERT", "MODIFY"]
      })
    }
  }
}

resource "aws_lambda_event_source_mapping" "audit" {
  event_source_arn = var.audit_queue_arn
  function_name    = aws_lambda_function.orders.function_name
  batch_size       = 10
}

# Only paid orders reach the function; the rest are deleted from the queue. The editor shows above the
# filter how many sample records (built-in, and those of orders.esm-samples.json) it lets through.
resource "aws_lambda_event_source_mapping" "paid_orders" {
  event_source_arn = aws_sqs_queue.paid_orders.arn
  function_name    = aws_lambda_function.orders.arn

  filter_criteria {
    filter {
      pattern = jsonencode({
        body = {
          status = ["PAID"]
          total  = [{ numeric = [">=", 100] }]
        }
      })
    }
  }
}
