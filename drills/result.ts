/** What a drill reports: its figures, printed as they are, and whether it ran clean. */
export interface DrillResult {
  name: string;
  clean: boolean;
  figures: Record<string, string | number>;
}

export function printDrill(result: DrillResult): void {
  console.log(`\ndrill ${result.name}: ${result.clean ? 'CLEAN' : 'FAILED'}`);
  for (const [key, value] of Object.entries(result.figures)) console.log(`  ${key.replace(/_/g, ' ')}: ${value}`);
}
