class EventBus {
  constructor() {}

  subscribe(subscriberId: string, pattern: string): boolean {
    return false;
  }

  unsubscribe(subscriberId: string, pattern: string): boolean {
    return false;
  }

  publish(topic: string): string[] {
    return [];
  }
}
