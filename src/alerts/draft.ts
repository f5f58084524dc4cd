import type { AlertDraft, ReportedVia } from '../domain/alert.js';
import type { ParsedReport } from '../intake/index.js';

/** A parsed quick report becomes the draft the store takes. Nothing typed is lost: the description keeps it. */
export function draftFromReport(report: ParsedReport, via: ReportedVia): AlertDraft {
  return {
    description: report.description,
    occurredAt: null,
    placeId: report.place?.id ?? null,
    locationText: report.locationText,
    category: report.category,
    subType: report.subType,
    perpetrators: report.perpetrators,
    victims: report.victims,
    priority: report.priority,
    priorityOverridden: report.priorityOverridden,
    sourceType: report.sourceType,
    sourceDetail: null,
    sensitivity: report.sensitivity,
    reportedVia: via,
    language: report.language,
  };
}
