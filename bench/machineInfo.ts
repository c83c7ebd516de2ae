import { cpus, loadavg, platform, release, totalmem } from "node:os";

export type Machine = {
  cpu: string;
  cores: number;
  memoryGb: number;
  os: string;
  node: string;
  chromium: string;
  /** 1, 5 and 15-minute load averages when the bench started: a shared machine makes noisy figures. */
  loadAverage: number[];
};

export function machineInfo(chromium: string): Machine {
  const cores = cpus();
  return {
    cpu: cores[0]?.model.trim() ?? "unknown",
    cores: cores.length,
    memoryGb: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    os: `${platform()} ${release()}`,
    node: process.version,
    chromium,
    loadAverage: loadavg().map((load) => Math.round(load * 100) / 100),
  };
}
