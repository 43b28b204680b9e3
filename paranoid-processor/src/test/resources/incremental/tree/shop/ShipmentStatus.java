package shop;

public enum ShipmentStatus { PACKED, SENT, DELIVERED }
