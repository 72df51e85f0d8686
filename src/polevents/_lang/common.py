"""Words and signs shared by every language: currency signs and codes, clock marks.

Data only: the reader in :mod:`polevents._reading` interprets it.
"""

# ISO 4217 codes of circulating currencies; each is its own unit and dimension.
ISO_4217: tuple[str, ...] = (
    "AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL "
    "BSD BTN BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP "
    "ERN ETB EUR FJD FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR "
    "IQD IRR ISK JMD JOD JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL "
    "LYD MAD MDL MGA MKD MMK MNT MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR "
    "NZD OMR PAB PEN PGK PHP PKR PLN PYG QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD "
    "SHP SLE SOS SRD SSP STN SVC SYP SZL THB TJS TMT TND TOP TRY TTD TWD TZS UAH UGX "
    "USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER ZAR ZMW ZWL"
).split()

# Signs written before (or after) an amount. A tuple names the currencies a sign
# may stand for: it is refused unless unit= picks one of them.
CURRENCY_SIGNS: dict[str, str | tuple[str, ...]] = {
    "$": "USD",
    "US$": "USD",
    "USD$": "USD",
    "C$": "CAD",
    "CA$": "CAD",
    "A$": "AUD",
    "AU$": "AUD",
    "NZ$": "NZD",
    "HK$": "HKD",
    "S$": "SGD",
    "R$": "BRL",
    "MX$": "MXN",
    "J$": "JMD",
    "NT$": "TWD",
    "RD$": "DOP",
    "E£": "EGP",
    "€": "EUR",
    "£": "GBP",
    "₹": "INR",
    "₨": ("INR", "PKR", "LKR", "NPR"),
    "Rs": ("INR", "PKR", "LKR", "NPR"),
    "Rs.": ("INR", "PKR", "LKR", "NPR"),
    "¥": ("JPY", "CNY"),
    "₦": "NGN",
    "₱": "PHP",
    "₩": "KRW",
    "₺": "TRY",
    "₽": "RUB",
    "৳": "BDT",
    "₪": "ILS",
    "฿": "THB",
    "₫": "VND",
    "₴": "UAH",
}

# What may follow a clock time ("10.55 AM", "10 pm"), lower case.
CLOCK_MARKS: tuple[str, ...] = (
    "am", "pm", "a.m.", "p.m.", "a.m", "p.m", "o'clock", "uhr",
    "du matin", "du soir", "de l'après-midi", "de la mañana", "de la tarde", "de la noche",
    "da manhã", "da tarde", "da noite", "del mattino", "di sera", "del pomeriggio",
)

# Letters glued to a number that make it an ordinal, lower case.
ORDINAL_SUFFIXES: tuple[str, ...] = (
    "st", "nd", "rd", "th", "er", "re", "e", "ème", "eme", "è", "o", "a", "os", "as",
)
