"""Place words a dateline may open with: national capitals and the world's large cities (data).

Sources: the national capitals of the member and observer states of the United Nations and of
Taiwan, Kosovo, Hong Kong and Macao (Wikipedia, "List of national capitals"), and the cities of more
than about two million people (Wikipedia, "List of largest cities"), in the English spellings the
wire services use (AP Stylebook datelines; Reuters' and AFP's English services), with the common
older or local spellings that still appear in datelines (``Kiev``, ``Bombay``, ``Peking`` not).

A place in this list may open an agency-less dateline written in title case (``Riyadh - SPA``),
where a place in capitals or a date would otherwise be needed. Compare in lower case.
"""

from __future__ import annotations

__all__ = ["PLACE_WORDS"]

_CAPITALS = """
Abu Dhabi|Abuja|Accra|Addis Ababa|Algiers|Amman|Amsterdam|Andorra la Vella|Ankara|Antananarivo|
Apia|Ashgabat|Asmara|Astana|Asuncion|Athens|Baghdad|Baku|Bamako|Bandar Seri Begawan|Bangkok|Bangui|
Banjul|Basseterre|Beijing|Beirut|Belgrade|Belmopan|Berlin|Bern|Bishkek|Bissau|Bogota|Brasilia|
Bratislava|Brazzaville|Bridgetown|Brussels|Bucharest|Budapest|Buenos Aires|Bujumbura|Cairo|
Canberra|Caracas|Castries|Chisinau|Colombo|Conakry|Copenhagen|Dakar|Damascus|Dhaka|Dili|Djibouti|
Dodoma|Doha|Dublin|Dushanbe|Freetown|Funafuti|Gaborone|Georgetown|Gitega|Guatemala City|Hanoi|
Harare|Havana|Helsinki|Hong Kong|Honiara|Islamabad|Jakarta|Jerusalem|Juba|Kabul|Kampala|Kathmandu|
Khartoum|Kigali|Kingston|Kingstown|Kinshasa|Kuala Lumpur|Kuwait|Kuwait City|Kyiv|Kiev|La Paz|
Libreville|Lilongwe|Lima|Lisbon|Ljubljana|Lome|London|Luanda|Lusaka|Luxembourg|Macao|Macau|Madrid|
Majuro|Malabo|Male|Managua|Manama|Manila|Maputo|Maseru|Mbabane|Mexico City|Minsk|Mogadishu|Monaco|
Monrovia|Montevideo|Moroni|Moscow|Muscat|Nairobi|Nassau|Naypyidaw|Ndjamena|New Delhi|Niamey|
Nicosia|Nouakchott|Nukualofa|Oslo|Ottawa|Ouagadougou|Palikir|Panama City|Paramaribo|Paris|
Phnom Penh|Podgorica|Port Louis|Port Moresby|Port of Spain|Port-au-Prince|Porto-Novo|Prague|Praia|
Pretoria|Pristina|Pyongyang|Quito|Rabat|Ramallah|Reykjavik|Riga|Riyadh|Rome|Roseau|San Jose|
San Marino|San Salvador|Sanaa|Santiago|Santo Domingo|Sao Tome|Sarajevo|Seoul|Singapore|Skopje|
Sofia|Stockholm|Suva|Taipei|Tallinn|Tarawa|Tashkent|Tbilisi|Tegucigalpa|Tehran|Thimphu|Tirana|
Tokyo|Tripoli|Tunis|Ulaanbaatar|Ulan Bator|Vaduz|Valletta|Vatican City|Victoria|Vienna|Vientiane|
Vilnius|Warsaw|Washington|Wellington|Windhoek|Yamoussoukro|Yaounde|Yerevan|Zagreb
"""

_CITIES = """
Ahmedabad|Alexandria|Almaty|Atlanta|Auckland|Bangalore|Bengaluru|Barcelona|Basra|Belo Horizonte|
Boston|Busan|Calcutta|Cape Town|Casablanca|Chengdu|Chennai|Chicago|Chittagong|Chongqing|Dalian|
Dallas|Dar es Salaam|Detroit|Dubai|Durban|Frankfurt|Fukuoka|Geneva|Guangzhou|Guadalajara|Hamburg|
Hangzhou|Harbin|Ho Chi Minh City|Houston|Hyderabad|Ibadan|Incheon|Istanbul|Izmir|Jeddah|
Johannesburg|Kano|Karachi|Kharkiv|Kolkata|Lagos|Lahore|Los Angeles|Lyon|Marseille|Mecca|Medan|
Medina|Melbourne|Miami|Milan|Monterrey|Montreal|Mumbai|Bombay|Munich|Nagoya|Nanjing|Naples|
New York|Novosibirsk|Odesa|Odessa|Osaka|Peshawar|Philadelphia|Phoenix|Porto Alegre|Pune|Recife|
Rio de Janeiro|Rotterdam|Saint Petersburg|St. Petersburg|Salvador|San Diego|San Francisco|
Sao Paulo|Sapporo|Seattle|Shanghai|Sharjah|Shenzhen|Surabaya|Sydney|Tianjin|Toronto|Turin|
Vancouver|Wuhan|Xi'an|Yangon|Yokohama|Zurich
"""

#: every place word, lower case
PLACE_WORDS: frozenset[str] = frozenset(
    name.strip().lower() for name in (_CAPITALS + _CITIES).replace("\n", "").split("|")
)
