import { readDemoConfig } from './config/demo-config';
import { createDemoApp } from './create-demo-app';

// Keeps the app and the simulator running for manual exploration, on fixed ports unless told otherwise.
const demo = await createDemoApp({
  config: readDemoConfig(process.env, { port: 3000, simulatorPort: 4010 }),
  logs: true,
  deliveryDelayMs: 3000,
});
console.log(
  `Demo app:   ${demo.url}  (POST /api/messages, /api/messages/batch, /api/messages/otp, /api/messages/scheduled,`,
);
console.log(
  '            GET /api/balance?provider=…, /api/inbound?provider=…, /api/activity, POST /express/messages, /api/notifications)',
);
if (demo.simulator !== undefined) {
  console.log(`Inbox page: ${demo.simulator.url}/`);
  console.log(`Simulator:  ${JSON.stringify(demo.simulator.baseUrls)}`);
}
console.log('Press Ctrl+C to stop.');
const stop = async () => {
  await demo.close();
  process.exit(0);
};
process.once('SIGINT', () => void stop());
process.once('SIGTERM', () => void stop());
