"""Writing change events to the outbox, with one delivery per matching subscription.

`record()` runs inside the transaction of the change (it is called from signal handlers): the
event and its deliveries commit with the change or not at all.
"""

from home.changes.models import Delivery, Event, Subscription


def record(**fields) -> Event:
    """Write one event and queue it for every active subscription that wants it."""
    event = Event.objects.create(**fields)
    deliveries = [
        Delivery(
            event=event,
            subscription=subscription,
            object_key=event.object_key,
            created_at=event.occurred_at,
            next_attempt_at=event.occurred_at,
        )
        for subscription in Subscription.objects.filter(active=True)
        if subscription.wants(event)
    ]
    Delivery.objects.bulk_create(deliveries)
    return event
