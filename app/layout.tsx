import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "claimdesk", template: "%s · claimdesk" },
  description: "Fact-checking workbench for newsrooms",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans">{children}</body>
    </html>
  );
}
