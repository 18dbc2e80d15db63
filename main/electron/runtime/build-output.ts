/** Boils a failed build tool's output down to a few words for the one-line report. Pure. */

const NETWORK =
  /getaddrinfo \w+ [\w.-]+|connect E\w+ [\d.:]+|\bE(?:CONNREFUSED|CONNRESET|TIMEDOUT|AI_AGAIN)\b|network connectivity/;
const NOISE = /^(stack|System|command|cwd|node -v|node-gyp -v|not ok)\b/;

export function failureSummary(output: string): string {
  const network = NETWORK.exec(output)?.[0];
  if (network) return network === 'network connectivity' ? 'network unreachable' : network;
  const lines = output.split('\n').map((line) => line.trim());
  const errors = lines
    .filter((line) => /\bERR!/.test(line))
    .map((line) => line.replace(/^.*?\bERR!\s*/, ''))
    .filter((line) => line !== '' && !NOISE.test(line));
  const line = errors[0] ?? lines.filter((candidate) => candidate !== '').at(-1) ?? 'no output';
  return line.length > 120 ? `${line.slice(0, 117)}…` : line;
}
