"""Place vocabulary for :mod:`crosscheck.extract.places.places`: the gazetteer (with each locality's
governorate) and the word lists that tell a place name from the words around it. Data only."""

from __future__ import annotations

from crosscheck.extract.attribution.claimants import words

ARTICLES = words(
    """
    al el il ul ad ed at et ath adh az ez as es ash esh an en ar er ad-d ed-d
    """
)
ADMIN = words(
    """
    province governorate city town village countryside district region suburbs suburb outskirts area
    neighbourhood neighborhood camp
    """
)
DIRECTIONS = words(
    """
    eastern western northern southern northeastern northwestern southeastern southwestern central
    east west north south rural besieged
    """
)
GAZETTEER: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("Damascus", ("Dimashq",)),  # not "Sham": in "Ahrar al-Sham", "Fatah al-Sham" it is the Levant
    ("Rif Dimashq", ("Damascus countryside", "Rural Damascus", "Reef Dimashq")),
    ("Aleppo", ("Halab",)),
    ("Idlib", ()),
    ("Hama", ()),
    ("Homs", ("Hims",)),
    ("Latakia", ("Lattakia", "Ladhiqiyah")),
    ("Tartus", ("Tartous", "Tartous")),
    ("Raqqa", ()),
    ("Deir Ezzor", ("Deir Ezour",)),
    ("Hasakah", ("Hassakeh",)),
    ("Daraa", ("Deraa", "Dera'a", "Dara")),
    ("Quneitra", ()),
    ("Suwayda", ("Sweida", "Suwaida", "Sweida")),
    ("Palmyra", ("Tadmur", "Tadmor")),
    ("Manbij", ()),
    ("Kobani", ("Ain al-Arab", "Kobane")),
    ("Qamishli", ()),
    ("Al-Bab", ()),
    ("Azaz", ()),
    ("Jarablus", ("Jarabulus",)),
    ("Afrin", ()),
    ("Douma", ()),
    ("Eastern Ghouta", ("Ghouta",)),
    ("Khan Sheikhoun", ()),
    ("Jisr al-Shughur", ()),
    ("Maarat al-Numan", ()),
    ("Mayadin", ()),
    ("Albu Kamal", ("Abu Kamal", "Boukamal", "Bukamal")),
    ("Tabqa", ("Tabaqa",)),
    ("Darayya", ()),
    ("Madaya", ()),
    ("Zabadani", ()),
    ("Syria", ()),
    ("Iraq", ()),
    ("Lebanon", ()),
    ("Turkey", ()),
    ("Jordan", ()),
    ("Baghdad", ()),
    ("Mosul", ()),
    ("Anbar", ()),
    ("Ramadi", ()),
    ("Fallujah", ()),
    ("Tikrit", ()),
    ("Kirkuk", ()),
    ("Erbil", ("Arbil",)),
    ("Basra", ()),
    ("Nineveh", ("Ninawa",)),
    ("Beirut", ()),
    ("Arsal", ()),
    ("Baalbek", ()),
    ("Ras Baalbek", ()),
    ("Bekaa", ("Beqaa",)),
    ("Tripoli", ()),
    ("Sidon", ("Saida",)),
    ("Gaziantep", ()),
)
# Towns, districts and neighbourhoods frequent in the news, with their governorate (or country): "Name, alias:
# parent". Names that are also common surnames or shared with places elsewhere are left out.
_LOCALITIES = """
Saraqib, Saraqeb: Idlib
Ariha: Idlib
Jarjanaz: Idlib
Sarmin: Idlib
Binnish: Idlib
Taftanaz: Idlib
Kafr Nabl, Kafranbel: Idlib
Salqin: Idlib
Sarmada: Idlib
Atmeh: Idlib
Maarat Misrin: Idlib
Al-Foua, Foua, Fuah, Foaa: Idlib
Kefraya, Kafrya: Idlib
Al-Atarib, Atareb: Aleppo
Khan Touman, Khan Tuman: Aleppo
Al-Hader, Hadher: Aleppo
Daret Izza: Aleppo
Anadan: Aleppo
Haritan: Aleppo
Tal Rifaat: Aleppo
Marea: Aleppo
Dabiq: Aleppo
Tokhar, Tukhar: Aleppo
Salaheddin, Salah al-Din, Salahuddin: Aleppo
Sheikh Maqsoud: Aleppo
Bustan al-Qasr, Bustan al-Qaser: Aleppo
Hamdaniyeh, Hamadaniyeh: Aleppo
Sukkari: Aleppo
Masaken Hanano: Aleppo
Ramouseh: Aleppo
New Aleppo: Aleppo
Sheikh Saeed: Aleppo
Harasta: Rif Dimashq
Arbin: Rif Dimashq
Zamalka: Rif Dimashq
Kafr Batna: Rif Dimashq
Saqba: Rif Dimashq
Hamouriyeh, Hammuriyah: Rif Dimashq
Jisreen: Rif Dimashq
Ain Tarma: Rif Dimashq
Moadamiyeh, Muadamiyat al-Sham: Rif Dimashq
Qudsaya: Rif Dimashq
Wadi Barada: Rif Dimashq
Qalamoun: Rif Dimashq
Yabroud: Rif Dimashq
Jayrud: Rif Dimashq
Dumayr: Rif Dimashq
Sayyida Zeinab: Rif Dimashq
Jobar: Damascus
Qaboun: Damascus
Barzeh: Damascus
Tadamon: Damascus
Yarmouk: Damascus
Al-Asharah, Ashara: Deir Ezzor
Al-Quriyah: Deir Ezzor
Hajin: Deir Ezzor
Al-Shaddadi, Shaddadeh: Hasakah
Ras al-Ain: Hasakah
Tal Abyad: Raqqa
Ain Issa: Raqqa
Al-Waer: Homs
Rastan: Homs
Talbiseh: Homs
Houla: Homs
Qaryatayn, Quaryatayn: Homs
Shayrat, Shairat: Homs
Salamiyah, Salamyieh: Hama
Morek: Hama
Latamneh, Latamineh: Hama
Kafr Zita: Hama
Halfaya: Hama
Mhardeh: Hama
Qardaha: Latakia
Jableh: Latakia
Kessab: Latakia
Jabal Akrad: Latakia
Nawa: Daraa
Inkhil: Daraa
Busra al-Sham: Daraa
Tafas: Daraa
Al-Sanamayn: Daraa
Golan Heights, Golan: Quneitra
Kilis: Turkey
Akcakale: Turkey
Reyhanli: Turkey
"""
LOCALITY_PARENTS: dict[str, str] = {}
for _line in _LOCALITIES.strip().splitlines():
    _names, _parent = _line.split(":")
    _canon, *_variants = (n.strip() for n in _names.split(","))
    GAZETTEER += ((_canon, tuple(_variants)),)
    LOCALITY_PARENTS[_canon] = _parent.strip()
COUNTRIES = frozenset({"Syria", "Iraq", "Lebanon", "Turkey", "Jordan"})
CAPITALS = {"syrian": "Damascus", "iraqi": "Baghdad", "lebanese": "Beirut", "turkish": "Ankara"}
MONTHS_DAYS = """
    january february march april may june july august september october november december jan feb mar
    apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday mon tue
    tues wed thu thur thurs fri sat sun
"""
NON_PLACES = words(
    MONTHS_DAYS
    + """
    observatory reuters afp ap ministry army forces council committee coalition party front state islamic
    isis isil is daesh sdf ypg hezbollah hamas un united nations human rights news agency press television
    tv government president the a an syrian russian turkish iraqi kurdish lebanese iranian american
    british french arab western u.s. us u.k. uk nato mr mrs ms dr christmas ramadan eid english arabic
    israeli saudi qatari jordanian egyptian german european chinese sunni shiite shia alawite christian
    muslim muslims druze levant least old assad bashar putin erdogan obama trump rouhani nasrallah lavrov
    kerry tomahawk sukhoi nusra jabhat jaish ahrar daish qaeda tahrir fatah secretary general senate
    congress parliament labour research operations operation regime islam kurds takfiri division corps
    helmets journalists station college popular
    """
)
# Words that end a capitalised run without being part of the place: the organisation seated there
# ("Aleppo Police Command"), the event or facility ("Aleppo Bombing"), a connective ("Idleb Meanwhile").
ORGANISATION_WORDS = words(
    """
    monitor monitors command police ministry council observatory agency committee office directorate
    department hospital university administration authority authorities governor
    municipality court prison unicef sana afp reuters ifrc sarc ocha unhcr msf media centre center
    network coordination
    """
)
EVENT_WORDS = words(
    """
    attack attacks airstrike airstrikes air strike strikes raid raids bombing bombings bombardment
    bombardments shelling explosion explosions blast blasts clashes offensive battle siege massacre
    rocket rockets mortar mortars shells missile missiles car bomb bombs suicide terrorist terrorists
    violence war conflict crisis ceasefire truce evacuation fighting killed dead injured wounded
    meanwhile however also today yesterday tonight military airport airbase base school mosque market
    """
)
