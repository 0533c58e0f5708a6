"""Plain Python: modules pynjit does not compile stay as they are."""
EARTH_RADIUS_KM = 6371.0


def km_to_miles(km):
    return km / 1.609344
