import { PageSkeleton } from "@/components/ui/page-skeleton";

// Only the list has a loading state: a claim page can still answer 403 or 404, which streaming would hide.
export default function Loading() {
  return <PageSkeleton title="Articles" />;
}
