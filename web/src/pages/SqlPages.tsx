/** (being built) */
import { PlaceholderPage } from "./PlaceholderPage";

export default function SqlPages() {
  return <PlaceholderPage title="Coming soon" />;
}
