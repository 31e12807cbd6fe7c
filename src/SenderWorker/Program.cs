// The sender a campaign Job runs. The send pipeline is built by the SenderWorker issue; until then
// this program refuses to run rather than report a success with nothing sent.
await Console.Error.WriteLineAsync("SenderWorker: no send pipeline is built yet; nothing was sent.");
return 78; // EX_CONFIG: a Job must not retry this.
