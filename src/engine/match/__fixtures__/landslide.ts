// Two invented reports of one landslide, a day apart (the CLI's .txt format):
// their top names share only "Tarnovia" (Vellisk is too far down the second
// one to be a key), so only a dated name key brings them together.
export const LANDSLIDE_WIRE = `2025-04-14
Landslide buries village in Tarnovia, at least 41 dead

At least 41 people were killed when a landslide buried part of a mountain village in northern Tarnovia early on Monday, the interior ministry said.

The slope above Vellisk gave way at about 4:30 am after three days of heavy rain, burying 63 homes, officials said. Rescuers had pulled 19 survivors from the mud by the afternoon.

"We are still searching house by house," regional governor Anka Dobrev told reporters at the scene.

Tarnovia's weather service had issued a red warning for the district on Saturday. Army engineers and volunteers from Kasprin joined the search, and the Red Crescent opened a shelter in a school.

The ministry said 27 people were still missing.`;

export const LANDSLIDE_REWRITE = `2025-04-15
Dozens killed as mudslide engulfs Tarnovia mountain village

A mudslide engulfed a village in the mountains of northern Tarnovia before dawn on Monday, killing at least 41 people and leaving 27 missing, the interior ministry said.

Prime Minister Stefan Ruso declared a day of national mourning and said the government would pay to rebuild every home. "No family will be left alone," he said on television from Bresk.

Soldiers, firefighters from Orlen and volunteers from Mirsa dug through the debris with shovels, while heavy machinery struggled on the damaged road.

Days of torrential rain had loosened the hillside above the village of Vellisk, which collapsed onto 63 houses. By Monday afternoon 19 people had been rescued alive, officials said.`;
