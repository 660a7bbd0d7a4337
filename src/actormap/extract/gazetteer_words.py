"""Words the gazetteer stage and the alias joins share."""

# Lower-case nouns that reporting writes after a place's name as part of it: "Soum province",
# "Sinjar district", "the Kuyambana forest", "Bakara market".
PLACE_NOUNS = {"province", "region", "state", "district", "sub-district", "division", "department", "governorate",
               "county", "territory", "circle", "town", "city", "village", "forest", "market", "mine", "mines", "port",
               "refinery", "camp", "valley", "area", "zone", "municipality", "prefecture", "commune", "oblast"}

# Gang words that, after a place's name, name the gang: "the Salt Spring crew" is a body, and
# Salt Spring, where its callers work, a place.
PLACE_GANG_NOUNS = frozenset({"crew", "gang", "posse", "cartel"})
