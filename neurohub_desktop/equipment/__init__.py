"""Tester results over TCP (docs/equipment-protocol.md): the wire format (protocol.py), the
listener (listener.py: threads with a deadline on every socket operation, an allow-list of
peers) and what a result does at the station (desk.py: ACK after the database answered).
No Qt here: the station screen wires it (ui/station/tester.py)."""
