// The same kind of pipeline in CDK for Terraform. CDKTF's types say only `string` and `number`, so these
// mistakes type-check and fail at deploy; Lambda ESM Lens reports them as you type.
import { Construct } from 'constructs';
import { App, Fn, TerraformStack } from 'cdktf';
import { KinesisStream } from '@cdktf/provider-aws/lib/kinesis-stream';
import { LambdaEventSourceMapping } from '@cdktf/provider-aws/lib/lambda-event-source-mapping';
import { LambdaFunction } from '@cdktf/provider-aws/lib/lambda-function';
import { AwsProvider } from '@cdktf/provider-aws/lib/provider';
import { SqsQueue } from '@cdktf/provider-aws/lib/sqs-queue';

class PipelineStack extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new AwsProvider(this, 'aws', { region: 'us-east-1' });

    const worker = new LambdaFunction(this, 'worker', {
      functionName: 'pipeline-worker',
      role: 'arn:aws:iam::123456789012:role/pipeline-worker',
      handler: 'index.handler',
      runtime: 'nodejs20.x',
      filename: 'build/worker.zip',
      timeout: 20,
    });

    const orders = new SqsQueue(this, 'orders', { name: 'orders', visibilityTimeoutSeconds: 120 });
    const clicks = new KinesisStream(this, 'clicks', { name: 'clicks', shardCount: 1 });

    new LambdaEventSourceMapping(this, 'orders_mapping', {
      eventSourceArn: orders.arn,
      functionName: worker.arn,
      batchSize: 10,
      startingPosition: 'LATEST',
      filterCriteria: {
        filter: [{ pattern: Fn.jsonencode({ body: { status: ['PAID'] } }) }],
      },
    });

    new LambdaEventSourceMapping(this, 'clicks_mapping', {
      eventSourceArn: clicks.arn,
      functionName: worker.arn,
      startingPosition: 'latest',
      parallelizationFactor: 20,
    });
  }
}

const app = new App();
new PipelineStack(app, 'pipeline');
app.synth();
