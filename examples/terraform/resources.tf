# The resources the mappings read from and deliver to.

resource "aws_sqs_queue" "orders" {
  name                       = "orders"
  visibility_timeout_seconds = 30
}

resource "aws_sqs_queue" "payments" {
  name                       = "payments.fifo"
  fifo_queue                 = true
  visibility_timeout_seconds = 360
}

resource "aws_kms_key" "filters" {
  description = "Encrypts event source mapping filter criteria."
}

resource "aws_sqs_queue" "dead_letters" {
  name = "dead-letters"
}

resource "aws_kinesis_stream" "clicks" {
  name        = "clicks"
  shard_count = 2
}

resource "aws_dynamodb_table" "inventory" {
  name             = "inventory"
  hash_key         = "sku"
  billing_mode     = "PAY_PER_REQUEST"
  stream_enabled   = true
  stream_view_type = "NEW_AND_OLD_IMAGES"

  attribute {
    name = "sku"
    type = "S"
  }
}

resource "aws_lambda_function" "orders" {
  function_name = "orders"
  role          = "arn:aws:iam::123456789012:role/orders"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "orders.zip"
  timeout       = 60
}

resource "aws_lambda_function" "analytics" {
  function_name = "analytics"
  role          = "arn:aws:iam::123456789012:role/analytics"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  filename      = "analytics.zip"
}

resource "aws_sqs_queue" "paid_orders" {
  name                       = "paid-orders"
  visibility_timeout_seconds = 360
}
