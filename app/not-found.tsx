import { NotFoundContent } from "@/components/shell/not-found-content";

// An address that matches no route: a page of its own, with its own <main>.
export default function NotFound() {
  return (
    <main id="main">
      <NotFoundContent />
    </main>
  );
}
