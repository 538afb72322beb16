"""Agent purchases (代购): the service the counter uses and the matcher parcel intake calls."""

from station.services.purchases.common import PURCHASES, OrderDetail
from station.services.purchases.matcher import PurchaseWaybillMatcher
from station.services.purchases.queries import PurchaseService

__all__ = ["PURCHASES", "OrderDetail", "PurchaseService", "PurchaseWaybillMatcher"]
