/** (being built) */
import { PlaceholderPage } from "./PlaceholderPage";

export default function AuthoringPages() {
  return <PlaceholderPage title="Coming soon" />;
}
