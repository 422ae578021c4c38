import type { CaptureResult } from "@/utils/capture/capture-result";
import type { MessageResponse } from "@/utils/messages";
import type { Report } from "@/utils/reports/schema";
import { sendMessage } from "@/utils/send-message";

/** What the report form asks of the background; each surface (badge panel, popup) says how to capture. */
export interface ReportApi {
  setup(listingKey: string): Promise<MessageResponse<"reportSetup">>;
  capture(): Promise<CaptureResult>;
  submit(report: Report, confirmDuplicate: boolean): Promise<MessageResponse<"submitReport">>;
  /** Where the report is now: waiting, sent (with its receipt number), rejected. */
  receipt(id: string): Promise<MessageResponse<"reportReceipt">>;
  requestPermission(): Promise<void>;
}

export function reportApi(capture: () => Promise<CaptureResult>): ReportApi {
  return {
    setup: (listingKey) => sendMessage("reportSetup", { listingKey }),
    capture,
    submit: (report, confirmDuplicate) => sendMessage("submitReport", { report, confirmDuplicate }),
    receipt: (id) => sendMessage("reportReceipt", { id }),
    requestPermission: async () => {
      await sendMessage("requestCapturePermission", {});
    },
  };
}
