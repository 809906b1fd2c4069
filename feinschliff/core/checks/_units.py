"""Measures converted from US units to metric ones, as translators into German do.

"200 feet" rendered "60 Meter", "a 15-foot boat" an "etwa fünf Meter" long one and "70 degrees
Fahrenheit" "21 Grad" are the same measure: the number check must not call them missing. A
source amount with a US unit after it matches a target amount with a metric unit of the same
dimension after it when the converted values agree within the rounding a translator applies
(``TOLERANCE``).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ._number_values import Amount

#: relative difference allowed between the converted source value and the target value
TOLERANCE = 0.2
#: degrees Celsius allowed between a converted Fahrenheit value and the target value
CELSIUS_TOLERANCE = 2.0

#: English unit -> (dimension, value of one unit in the metric base: m, m², kg, l, km/h;
#: None for Fahrenheit, converted by formula); the patterns try longer names first
US_UNITS = {
    "miles per hour": ("speed", 1.609344), "mph": ("speed", 1.609344),
    "square miles": ("area", 2.589988e6), "square mile": ("area", 2.589988e6),
    "square feet": ("area", 0.09290304), "square foot": ("area", 0.09290304),
    "acres": ("area", 4046.856), "acre": ("area", 4046.856),
    "feet": ("length", 0.3048), "foot": ("length", 0.3048), "ft": ("length", 0.3048),
    "inches": ("length", 0.0254), "inch": ("length", 0.0254),
    "yards": ("length", 0.9144), "yard": ("length", 0.9144),
    "miles": ("length", 1609.344), "mile": ("length", 1609.344),
    "pounds": ("mass", 0.45359237), "pound": ("mass", 0.45359237), "lbs": ("mass", 0.45359237),
    "lb": ("mass", 0.45359237), "ounces": ("mass", 0.028349523), "ounce": ("mass", 0.028349523),
    "oz": ("mass", 0.028349523),
    "gallons": ("volume", 3.785412), "gallon": ("volume", 3.785412),
    "degrees Fahrenheit": ("temperature", None), "°F": ("temperature", None), "Fahrenheit": ("temperature", None),
}
#: German unit -> (dimension, value of one unit in the same base; None for degrees Celsius)
METRIC_UNITS = {
    "km/h": ("speed", 1.0), "Stundenkilometer": ("speed", 1.0), "Kilometer pro Stunde": ("speed", 1.0),
    "Quadratkilometer": ("area", 1e6), "km²": ("area", 1e6), "Quadratmeter": ("area", 1.0), "m²": ("area", 1.0),
    "Hektar": ("area", 1e4),
    "Kilometern": ("length", 1000.0), "Kilometer": ("length", 1000.0), "km": ("length", 1000.0),
    "Zentimetern": ("length", 0.01), "Zentimeter": ("length", 0.01), "cm": ("length", 0.01),
    "Millimeter": ("length", 0.001), "mm": ("length", 0.001),
    "Metern": ("length", 1.0), "Meter": ("length", 1.0), "m": ("length", 1.0),
    "Kilogramm": ("mass", 1.0), "kg": ("mass", 1.0), "Kilo": ("mass", 1.0), "Gramm": ("mass", 0.001),
    "g": ("mass", 0.001), "Tonnen": ("mass", 1000.0), "Tonne": ("mass", 1000.0),
    "Litern": ("volume", 1.0), "Liter": ("volume", 1.0), "l": ("volume", 1.0),
    "Grad Celsius": ("temperature", None), "°C": ("temperature", None), "Grad": ("temperature", None),
}


def _unit_pattern(units: Sequence[str]) -> re.Pattern[str]:
    names = "|".join(re.escape(u) for u in sorted(units, key=len, reverse=True))
    return re.compile(rf"[\s\u00a0\u202f-]?(?:{names})(?![\wäöüß])")


_US_AFTER = _unit_pattern(list(US_UNITS))
_METRIC_AFTER = _unit_pattern(list(METRIC_UNITS))


def _measure(text: str, amount: Amount, pattern: re.Pattern[str], units: dict) -> tuple[str, float] | None:
    """(dimension, value in the metric base; for temperatures the number as written)."""
    match = pattern.match(text, amount.end)
    if match is None:
        return None
    dimension, factor = units[match.group().lstrip(" \u00a0\u202f\t-")]
    return dimension, amount.value * factor if factor is not None else amount.value


def _same(dimension: str, source: float, target: float) -> bool:
    if dimension == "temperature":
        return abs((source - 32) * 5 / 9 - target) <= CELSIUS_TOLERANCE
    return abs(source - target) <= TOLERANCE * abs(source)


def converted(missing: Sequence[Amount], source: str, candidates: Sequence[Amount], target: str) -> list[Amount]:
    """The source amounts of ``missing`` that no target amount renders in metric units either.
    A target amount may render several source amounts: "120 feet, or 40 meters" is "40 Meter"."""
    measures = [m for m in (_measure(target, c, _METRIC_AFTER, METRIC_UNITS) for c in candidates) if m]
    if not measures:
        return list(missing)
    left = []
    for amount in missing:
        measure = _measure(source, amount, _US_AFTER, US_UNITS)
        if measure is None or not any(d == measure[0] and _same(d, measure[1], v) for d, v in measures):
            left.append(amount)
    return left
