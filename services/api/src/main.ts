// The api service: one role of the pipeline, configured from the environment (SPEC §3).
import { serve } from '@wirelog/pipeline';

process.exitCode = await serve(['api']);
