"""NeuroHub Desktop: the shop-floor client of the F2X NeuroHub MES."""
