"""ACLED's sub-event types, each summarised in our own words for the reviewer's prompt.

Written for ceasewatch from the public ACLED codebook's categories (acleddata.com, "ACLED
Codebook"); the wording is ours, not the codebook's. One line each: a model reads them on
every request.
"""

from __future__ import annotations

DEFINITIONS: dict[str, str] = {
    "Armed clash": "two organised armed groups fight each other and neither side takes a place",
    "Government regains territory": "state forces or their allies take back a place from a "
    "non-state group by fighting",
    "Non-state actor overtakes territory": "a non-state armed group takes a place from the "
    "state or another group by fighting",
    "Chemical weapon": "a chemical agent is used as a weapon",
    "Air/drone strike": "aircraft or drones bomb or fire on a target",
    "Suicide bomb": "an attacker sets off explosives meaning to die in the blast",
    "Shelling/artillery/missile attack": "artillery, mortars, rockets or missiles are fired "
    "from a distance at a target",
    "Remote explosive/landmine/IED": "a planted or remotely set-off explosive (mine, roadside "
    "bomb, car bomb without a suicide attacker) goes off",
    "Grenade": "a hand grenade or similar thrown explosive is used",
    "Sexual violence": "rape or other sexual violence by an armed or political actor",
    "Attack": "an armed group or unknown attackers deliberately harm unarmed civilians",
    "Abduction/forced disappearance": "people are kidnapped, taken or made to disappear",
    "Peaceful protest": "people demonstrate without violence and are not dispersed by force",
    "Protest with intervention": "a peaceful protest is dispersed or stopped by force short of "
    "lethal or serious harm (tear gas, arrests, beatings)",
    "Excessive force against protesters": "force that kills or seriously injures peaceful "
    "protesters",
    "Violent demonstration": "demonstrators themselves use violence or destroy property",
    "Mob violence": "a crowd without organised political aims attacks people or property",
    "Agreement": "parties reach or sign an agreement (ceasefire, exchange, peace deal)",
    "Arrests": "authorities detain people for political or conflict-related reasons",
    "Change to group/activity": "a group changes its name, leadership, alliances or way of "
    "working, or a non-violent activity of note (recruitment, a large deployment)",
    "Disrupted weapons use": "an attack is foiled: a bomb defused, weapons seized, a strike "
    "intercepted",
    "Headquarters or base established": "a group sets up a headquarters or base",
    "Looting/property destruction": "property is looted or destroyed without a clash",
    "Non-violent transfer of territory": "a place changes hands without fighting",
    "Other": "a strategic development that fits no other type",
}
