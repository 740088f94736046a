import { NotFoundContent } from "@/components/shell/not-found-content";

// notFound() inside the signed-in shell: the shell already has the page's <main>.
export default function NotFound() {
  return <NotFoundContent />;
}
