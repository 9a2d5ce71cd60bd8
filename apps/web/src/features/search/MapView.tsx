import { useEffect, useRef } from 'react';
import L from 'leaflet';
import 'leaflet/dist/leaflet.css';

export interface MapPoint {
  id: string;
  title: string;
  latitude: number;
  longitude: number;
}

/**
 * The results on a map (Leaflet), loaded only when the map is opened. Markers are keyboard-reachable
 * and named; each opens a link to its activity. Without tiles (offline, or blocked) the markers still
 * show, and the list beside the map holds everything the map does.
 */
export default function MapView({
  points,
  tileUrl,
  attribution,
  onOpen,
}: {
  points: MapPoint[];
  tileUrl: string;
  attribution: string;
  onOpen: (id: string) => void;
}) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const map = L.map(container.current!, { scrollWheelZoom: false });
    L.tileLayer(tileUrl, { attribution, maxZoom: 19 }).addTo(map);
    const markers = points.map((p) => {
      const marker = L.marker([p.latitude, p.longitude], {
        title: p.title,
        keyboard: true,
        icon: L.divIcon({
          className: 'app-map-marker',
          html: '<span aria-hidden="true"></span>',
          iconSize: [22, 22],
          iconAnchor: [11, 22],
          popupAnchor: [0, -22],
        }),
      });
      const link = document.createElement('a');
      link.href = `/activities/${p.id}`;
      link.textContent = p.title;
      link.addEventListener('click', (event) => {
        event.preventDefault();
        onOpen(p.id);
      });
      return marker.bindPopup(link).addTo(map);
    });
    if (markers.length) map.fitBounds(L.featureGroup(markers).getBounds().pad(0.2), { maxZoom: 15 });
    else map.setView([53.48, -2.24], 10);
    return () => {
      map.remove();
    };
  }, [points, tileUrl, attribution, onOpen]);

  return <div ref={container} className="app-map" role="region" aria-label="Map of the activities in the list" />;
}
