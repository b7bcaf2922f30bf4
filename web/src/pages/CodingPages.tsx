/** (being built) */
import { PlaceholderPage } from "./PlaceholderPage";

export default function CodingPages() {
  return <PlaceholderPage title="Coming soon" />;
}
