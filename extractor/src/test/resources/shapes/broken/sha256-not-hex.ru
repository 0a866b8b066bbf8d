# A digest that is not 64 lower-case hexadecimal digits.
PREFIX dkg: <https://w3id.org/diplokg/ns#>
PREFIX organisation: <https://w3id.org/diplokg/id/org/>
PREFIX economy: <https://w3id.org/diplokg/id/economy/>
PREFIX place: <https://w3id.org/diplokg/id/place/>
PREFIX agreement: <https://w3id.org/diplokg/id/agreement/>
PREFIX series: <https://w3id.org/diplokg/id/series/>
PREFIX meeting: <https://w3id.org/diplokg/id/meeting/>
PREFIX person: <https://w3id.org/diplokg/id/person/>
PREFIX schema: <https://schema.org/>
PREFIX prov: <http://www.w3.org/ns/prov#>
PREFIX nif: <http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#>
PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
DELETE { ?d dkg:sha256 ?h } INSERT { ?d dkg:sha256 "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a0g" }
WHERE { ?d a schema:NewsArticle ; dkg:sha256 ?h }
