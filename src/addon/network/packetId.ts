/**
 * The fund's (or network's) random packet id: made once, kept in the book's document properties
 * (offline they travel inside the .xlsx), so every packet the book publishes carries the same id
 * and a network can tell one fund reached through two paths. It names no one.
 */
import { newPacketId } from '../../core/network/packet';

export const PACKET_ID_PROPERTY = 'welfareFund.packetId';

export function fundPacketId(): { id: string; created: boolean } {
  const props = PropertiesService.getDocumentProperties();
  const id = props.getProperty(PACKET_ID_PROPERTY);
  if (id) return { id, created: false };
  const made = newPacketId();
  props.setProperty(PACKET_ID_PROPERTY, made);
  return { id: made, created: true };
}
