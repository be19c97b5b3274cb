"""Open progmap outputs in a real QGIS and report what it sees, as JSON.

Run by tests/test_qgis.py with Debian's /usr/bin/python3 (python3-qgis):
    python3 qgis_check.py OUTPUT_DIR
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from qgis.core import QgsApplication, QgsProject, QgsVectorLayer  # noqa: E402

out_dir = sys.argv[1]
app = QgsApplication([], False)
app.initQgis()
messages = []
QgsApplication.messageLog().messageReceived.connect(lambda message, tag, level: messages.append(f"{tag}: {message}"))
report = {"gpkg": {}, "geojson": {}, "project": {}, "messages": messages}
gpkg = os.path.join(out_dir, "progmap.gpkg")
for name in sys.argv[2:]:
    layer = QgsVectorLayer(f"{gpkg}|layername={name}", name, "ogr")
    renderer = layer.renderer()
    report["gpkg"][name] = {
        "valid": layer.isValid(),
        "count": layer.featureCount(),
        "crs": layer.crs().authid(),
        "renderer": renderer.type() if renderer else None,
        "fields": [f.name() for f in layer.fields()],
    }
    path = os.path.join(out_dir, f"{name}.geojson")
    plain = QgsVectorLayer(path, name, "ogr")
    report["geojson"][name] = {"valid": plain.isValid(), "count": plain.featureCount(), "crs": plain.crs().authid()}
project = QgsProject.instance()
ok = project.read(os.path.join(out_dir, "progmap.qgz"))
report["project"] = {
    "read": ok,
    "layers": sorted(l.name() for l in project.mapLayers().values()),
    "valid": all(l.isValid() for l in project.mapLayers().values()),
    "renderers": sorted({l.renderer().type() for l in project.mapLayers().values() if hasattr(l, "renderer") and l.renderer()}),
}
print(json.dumps(report), flush=True)
# QgsApplication.exitQgis() can crash on teardown with offscreen Qt; the
# report is out, so leave without it.
os._exit(0)
